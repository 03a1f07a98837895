import Foundation

extension IndexStore {
    /// A register row as a search needs it.
    private struct SearchedRegister {
        let name: String
        let period: String?
        let digest: String
        let count: Int
    }

    /// Every entry of the registers named in `known` whose folded text contains the query
    /// (`SearchQuery`; an empty query finds every entry), registers in `RegisterOrder`, entries in
    /// file order. One read transaction, so what one search sees is one state of the database,
    /// whatever another riskreg writes meanwhile: a register another riskreg wrote since is
    /// searched as written (its ids and titles then come from its row; otherwise from `known`).
    /// Rows of registers `known` does not name (a file this index forgot, or another riskreg
    /// added) are left out. Without a cache the texts are scanned row by row as SQLite hands them
    /// over; with one, each register's texts are searched in memory when the cache holds those of
    /// its row's digest, and read into it otherwise.
    func search(_ query: SearchQuery, known: [String: IndexedFile], in directory: URL,
                cache: SearchTextCache?) throws(SQLiteError) -> [SearchHit] {
        try connection.reading { () throws(SQLiteError) -> [SearchHit] in
            let all = try searchedRegisters()
            cache?.keepOnly(all.keys)
            let registers = all.filter { known[$0.value.name] != nil }
            var found: [Int64: [Int]] = [:]
            if query.bytes.isEmpty {
                for (id, register) in registers where register.count > 0 { found[id] = Array(0..<register.count) }
            } else if let cache {
                for (id, register) in registers {
                    var texts = cache.texts(of: id, digest: register.digest, count: register.count)
                    if texts == nil { texts = try readTexts(of: id, register, into: cache) }
                    let positions = texts?.matches(query) ?? []
                    if !positions.isEmpty { found[id] = positions }
                }
            } else {
                try scan(for: query, in: registers, into: &found)
            }
            let ordered = found.keys.compactMap { id in registers[id].map { (id: id, register: $0) } }
                .map { (key: RegisterOrder.Key(name: $0.register.name, period: $0.register.period), id: $0.id, register: $0.register) }
                .sorted { $0.key < $1.key }
            var hits: [SearchHit] = []
            hits.reserveCapacity(found.values.reduce(0) { $0 + $1.count })
            for (_, id, register) in ordered {
                guard let positions = found[id] else { continue }
                let (ids, titles) = try idsAndTitles(of: id, register, known: known[register.name])
                let file = directory.appendingPathComponent(register.name)
                let period = register.period ?? ""
                for position in positions where position < ids.count && position < titles.count {
                    hits.append(SearchHit(file: file, period: period, entryIndex: position, id: ids[position], title: titles[position]))
                }
            }
            return hits
        }
    }

    /// The register rows, by id, checked as the catalogue checks them.
    private func searchedRegisters() throws(SQLiteError) -> [Int64: SearchedRegister] {
        let rows = try statement("SELECT id, name, period, digest, entry_count FROM register")
        defer { rows.reset() }
        var registers: [Int64: SearchedRegister] = [:]
        while try rows.step() {
            let id = try rows.int64(0)
            let count = try rows.int64(4)
            guard (1...IndexSchema.maximumRegisterID).contains(id), let name = rows.text(1), Self.isPlainName(name),
                  let digest = rows.text(3), (0...IndexSchema.maximumEntries).contains(count) else {
                throw .damaged("a register row is not one this program writes")
            }
            registers[id] = SearchedRegister(name: name, period: rows.text(2), digest: digest, count: Int(count))
        }
        return registers
    }

    /// Scans every entry's text, in key order (register by register), noting the positions of
    /// those that contain the query; texts of no register, or past its entry count, are skipped.
    private func scan(for query: SearchQuery, in registers: [Int64: SearchedRegister], into found: inout [Int64: [Int]]) throws(SQLiteError) {
        let texts = try statement("SELECT id, text FROM entry_text")
        defer { texts.reset() }
        var current: (id: Int64, count: Int)?
        var positions: [Int] = []
        while try texts.step() {
            let (id, position) = IndexSchema.entry(ofKey: texts.integer(0))
            if current?.id != id {
                if let current, !positions.isEmpty { found[current.id] = positions }
                positions = []
                current = registers[id].map { (id, $0.count) }
            }
            guard let current, position < current.count else { continue }
            if query.isFound(in: texts.bytes(1)) { positions.append(position) }
        }
        if let current, !positions.isEmpty { found[current.id] = positions }
    }

    /// Reads into the cache the texts of the registers named in `known` that it does not hold as
    /// their rows are now.
    func load(into cache: SearchTextCache, known: [String: IndexedFile]) throws(SQLiteError) {
        try connection.reading { () throws(SQLiteError) in
            let all = try searchedRegisters()
            cache.keepOnly(all.keys)
            for (id, register) in all where known[register.name] != nil
                && cache.texts(of: id, digest: register.digest, count: register.count) == nil {
                _ = try readTexts(of: id, register, into: cache)
            }
        }
    }

    /// Reads a register's texts from its rows (one per entry, positions 0 to count - 1; a row
    /// missing is damage) and keeps them in the cache.
    private func readTexts(of id: Int64, _ register: SearchedRegister, into cache: SearchTextCache) throws(SQLiteError) -> EntrySearchIndex {
        let rows = try statement("SELECT id, text FROM entry_text WHERE id BETWEEN ?1 AND ?2")
        defer { rows.reset() }
        try rows.bind(IndexSchema.firstKey(ofRegister: id), at: 1)
        try rows.bind(IndexSchema.lastKey(ofRegister: id), at: 2)
        var texts: [[UInt8]] = []
        while try rows.step() {
            let position = IndexSchema.entry(ofKey: rows.integer(0)).position
            guard position < register.count else { break }
            guard position == texts.count else { throw .damaged("an entry's text is missing") }
            texts.append(Array(rows.bytes(1)))
        }
        guard texts.count == register.count else { throw .damaged("an entry's text is missing") }
        let index = EntrySearchIndex(foldedTexts: texts)
        cache.keep(index, of: id, digest: register.digest)
        return index
    }

    /// A register's ids and titles: the record's in memory when it holds the bytes of the row
    /// (same digest, same count), else decoded from the row.
    private func idsAndTitles(of id: Int64, _ register: SearchedRegister, known: IndexedFile?) throws(SQLiteError) -> ([String], [String]) {
        if let known, known.digest == register.digest, known.ids.count == register.count, known.titles.count == register.count {
            return (known.ids, known.titles)
        }
        let row = try statement("SELECT ids, titles FROM register WHERE id = ?1")
        defer { row.reset() }
        try row.bind(id, at: 1)
        guard try row.step(), let ids = JoinedTexts.texts(row.bytes(0), count: register.count),
              let titles = JoinedTexts.texts(row.bytes(1), count: register.count) else {
            throw .damaged("a register row's entries do not add up")
        }
        return (ids, titles)
    }
}
