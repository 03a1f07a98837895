import RiskRegister

/// An entry's links to and from entries of other registers, as the lines of its Links section:
/// "escalated to Corp 4 · Integration & Innovation (2021/22 Q4)", "escalated from DR1 · … (2021/22
/// Q4)"; a link no register resolves says so, or that registers are still being read.
enum LinkLines {
    /// The lines for `entry` of the register `stem` (of `period`): its own links in the order it
    /// stores them, then the links of other entries to it. `registerID` finds a register by stem;
    /// `complete` is true once every register of the data directory is loaded (before that, a link
    /// not resolved may be in one not yet read).
    static func lines(for entry: Entry, in stem: String, period: String, links: RegisterLinks,
                      registerID: (String) -> RegisterID?, complete: Bool) -> [DetailLink] {
        let own = entry.links.map { link -> DetailLink in
            guard let target = links.target(of: link, from: period), let id = registerID(target.stem) else {
                let named = (link.id ?? link.uid) + (link.register.map { " (\($0))" } ?? "")
                let reason = complete ? "not in the data directory" : "looking in the registers not yet read…"
                return DetailLink(text: "\(link.kind.phrase) \(named): \(reason)", destination: nil, isOwn: true)
            }
            return DetailLink(text: text(link.kind.phrase, target.entry, period: target.register.period),
                              destination: EntryLocation(register: id, entry: .uid(target.entry.uid), from: entry.uid, focus: .detail),
                              isOwn: true)
        }
        let incoming = links.links(of: entry, in: stem).filter(\.isIncoming).map { found in
            let destination = registerID(found.stem).map {
                EntryLocation(register: $0, entry: .uid(found.entry.uid), from: entry.uid, focus: .detail)
            }
            return DetailLink(text: text(found.phrase, found.entry, period: found.period), destination: destination, isOwn: false)
        }
        return own + incoming
    }

    /// "escalated to Corp 4 · Integration & Innovation (2021/22 Q4)".
    private static func text(_ phrase: String, _ entry: Entry, period: String) -> String {
        "\(phrase) \(entry.id) · \(entry.title) (\(period))"
    }
}
