/// The `Date` field as the MIME summary reads it (README 4.5): a literal port of CPython's
/// `email.utils._parsedate_tz`, then CPython's `datetime` range checks.
///
/// ```swift
/// let date = MessageDate.parse(Array("Mon, 5 Jun 2023 14:03:00 -0700".utf8))
/// date?.timestamp         // 1685998980
/// date?.utcOffsetSeconds  // -25200
/// ```
public struct MessageDate: Sendable, Hashable {
    /// UTC Unix seconds (a leap second 60 counts as 59 plus one second).
    public var timestamp: Int64
    /// The zone offset east of UTC in seconds; 0 for a missing, unknown or `-0000` zone.
    public var utcOffsetSeconds: Int

    /// Creates a date from parts.
    public init(timestamp: Int64, utcOffsetSeconds: Int) {
        self.timestamp = timestamp
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                      "nov", "dec", "january", "february", "march", "april", "may", "june",
                                      "july", "august", "september", "october", "november", "december"]
    private static let dayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    private static let zones: [(name: String, offset: Int)] = [
        ("UT", 0), ("UTC", 0), ("GMT", 0), ("Z", 0), ("AST", -400), ("ADT", -300), ("EST", -500), ("EDT", -400),
        ("CST", -600), ("CDT", -500), ("MST", -700), ("MDT", -600), ("PST", -800), ("PDT", -700),
    ]

    /// Parses the unfolded value of a `Date` field; nil when it does not fit the grammar or
    /// names an impossible time (day 32, hour 25, a zone of ±24 h or more, a year outside
    /// 1–9999).
    public static func parse(_ value: [UInt8]) -> MessageDate? {
        guard !value.isEmpty else { return nil }
        let scalars = Array(String(decoding: value, as: UTF8.self).unicodeScalars)
        guard let fields = parseFields(scalars[...]) else { return nil }
        return make(fields)
    }

    /// `_parsedate_tz` result: year, month, day, hour, minute, second, zone offset seconds.
    struct Fields {
        var year, month, day, hour, minute, second: Int
        var offset: Int?
    }

    static func parseFields(_ scalars: PythonText.Token) -> Fields? {
        var data = PythonText.split(scalars)
        guard !data.isEmpty else { return nil }
        // A day name (or anything ending in ',') is skipped; otherwise text up to a ',' is.
        if data[0].last == "," || dayNames.contains(where: { PythonText.equalsLowercased(data[0], $0) }) {
            data.removeFirst()
        } else if let comma = data[0].lastIndex(of: ",") {
            data[0] = data[0][(comma + 1)...]
        }
        if data.count == 3 {  // RFC 850 date: dd-mon-yy
            let stuff = PythonText.split(data[0], separator: "-")
            if stuff.count == 3 { data = stuff + data[1...] }
        }
        if data.count == 4 {
            let s = data[3]
            var split = s.firstIndex(of: "+")
            if split == nil { split = s.firstIndex(of: "-") }
            if let split, split > s.startIndex {
                data[3...] = [s[..<split], s[split...]]
            } else {
                data.append([])
            }
        }
        guard data.count >= 5 else { return nil }
        var dd = data[0], mm = data[1], yy = data[2], tm = data[3], tz = data[4]
        guard !dd.isEmpty, !mm.isEmpty, !yy.isEmpty else { return nil }
        var month = monthIndex(mm)
        if month == nil {
            (dd, mm) = (mm, dd)
            month = monthIndex(mm)
        }
        guard var month else { return nil }
        if month > 12 { month -= 12 }
        if dd.last == "," { dd = dd.dropLast() }
        if let colon = yy.firstIndex(of: ":"), colon > yy.startIndex { (yy, tm) = (tm, yy) }
        if yy.last == "," {
            yy = yy.dropLast()
            guard !yy.isEmpty else { return nil }
        }
        guard let yearFirst = yy.first else { return nil }  // IndexError in CPython: no date
        if !PythonText.isDigit(yearFirst) { (yy, tz) = (tz, yy) }
        guard let timeLast = tm.last else { return nil }
        if timeLast == "," { tm = tm.dropLast() }
        var parts = PythonText.split(tm, separator: ":")
        var second: PythonText.Token = ["0"]
        if parts.count == 2 {
        } else if parts.count == 3 {
            second = parts[2]
        } else if parts.count == 1, parts[0].contains(".") {
            parts = PythonText.split(parts[0], separator: ".")
            if parts.count == 3 { second = parts[2] } else if parts.count != 2 { return nil }
        } else {
            return nil
        }
        guard var year = PythonText.int(yy), let day = PythonText.int(dd), let hour = PythonText.int(parts[0]),
              let minute = PythonText.int(parts[1]), let seconds = PythonText.int(second) else { return nil }
        if year < 100 { year += year > 68 ? 1900 : 2000 }
        var offset = zoneOffset(tz)
        if let raw = offset, raw != 0 {
            let magnitude = abs(raw)
            let seconds = (magnitude / 100) * 3600 + (magnitude % 100) * 60
            offset = raw < 0 ? -seconds : seconds
        }
        return Fields(year: year, month: month, day: day, hour: hour, minute: minute, second: seconds, offset: offset)
    }

    /// `_monthnames.index(mm.lower()) + 1`, or nil.
    private static func monthIndex(_ token: PythonText.Token) -> Int? {
        monthNames.firstIndex { PythonText.equalsLowercased(token, $0) }.map { $0 + 1 }
    }

    /// The zone as `±hhmm` digits (before conversion to seconds): a known name, else
    /// `int(tz.upper())`, with `-0000` (and any other negative zero) giving nil.
    private static func zoneOffset(_ token: PythonText.Token) -> Int? {
        let upper: PythonText.Token
        if token.allSatisfy(\.isASCII) {
            upper = token
        } else {
            upper = Array(String(String.UnicodeScalarView(token)).uppercased().unicodeScalars)[...]
        }
        if let zone = zones.first(where: { zone in
            upper.count == zone.name.utf8.count
                && zip(upper, zone.name.utf8).allSatisfy { $0.isASCII && ASCII.lowercase(UInt8($0.value)) == ASCII.lowercase($1) }
        }) {
            return zone.offset
        }
        let value = PythonText.int(upper)
        if value == 0, upper.first == "-" { return nil }
        return value
    }

    /// CPython's `datetime(...)` checks and `timestamp()`, as the oracle applies them.
    static func make(_ fields: Fields) -> MessageDate? {
        let offset = fields.offset ?? 0
        var second = fields.second
        var leap = 0
        if second == 60 {
            second = 59
            leap = 1
        }
        guard (1...9999).contains(fields.year), (1...12).contains(fields.month),
              fields.day >= 1, fields.day <= daysInMonth(fields.year, fields.month),
              (0...23).contains(fields.hour), (0...59).contains(fields.minute), (0...59).contains(second),
              abs(offset) < 86_400 else { return nil }
        let days = daysFromCivil(fields.year, fields.month, fields.day)
        let local = days * 86_400 + fields.hour * 3600 + fields.minute * 60 + second
        return MessageDate(timestamp: Int64(local - offset + leap), utcOffsetSeconds: offset)
    }

    private static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    private static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
