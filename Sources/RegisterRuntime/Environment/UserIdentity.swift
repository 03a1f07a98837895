import Foundation

/// Who is editing and what day it is, for progress notes and the change history.
public enum UserIdentity {
    /// `RISKREG_AUTHOR`, else the login name, else "unknown".
    public static func author(environment: [String: String]) -> String {
        if let author = environment["RISKREG_AUTHOR"], !author.isEmpty { return author }
        if let login = getlogin().map({ String(cString: $0) }), !login.isEmpty { return login }
        if let user = environment["USER"] ?? environment["LOGNAME"], !user.isEmpty { return user }
        return getpwuid(getuid()).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? "unknown"
    }

    /// Today's local date, "2026-11-22".
    public static func today(_ date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}
