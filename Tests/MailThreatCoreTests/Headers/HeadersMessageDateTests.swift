import Testing
@testable import MailThreatCore

/// README 4.5. Expected values were computed with CPython 3.11's `email.utils._parsedate_tz`
/// plus the oracle's `datetime` conversion.
struct HeadersMessageDateTests {
    private func parse(_ text: String) -> MessageDate? { MessageDate.parse(Array(text.utf8)) }

    @Test func rfc5322Dates() {
        #expect(parse("Mon, 5 Jun 2023 14:03:00 -0700") == MessageDate(timestamp: 1_685_998_980, utcOffsetSeconds: -25_200))
        #expect(parse("Fri, 10 Oct 2003 14:23:14 +0200 (CEST)") == MessageDate(timestamp: 1_065_788_594, utcOffsetSeconds: 7200))
        #expect(parse("5 Jun 2023 14:03 GMT") == MessageDate(timestamp: 1_685_973_780, utcOffsetSeconds: 0))
    }

    @Test func dayNamesAndSwappedFields() {
        #expect(parse("Thursday, 5 June 2023 10:00:00 +0000")?.timestamp == 1_685_959_200)
        #expect(parse("Jun 5 2023 14:03:00")?.timestamp == 1_685_973_780)  // month/day swapped, no zone
        #expect(parse("Mon,1 Jan 1999 00:00 -0000") == MessageDate(timestamp: 915_148_800, utcOffsetSeconds: 0))
    }

    @Test func twoAndThreeDigitYears() {
        #expect(parse("1 Jan 69 00:00:00 EST") == MessageDate(timestamp: -31_518_000, utcOffsetSeconds: -18_000))
        #expect(parse("1 Jan 68 00:00:00")?.timestamp == 3_092_601_600)
        #expect(parse("1 Jan 999 00:00:00 +0000")?.timestamp == -30_641_760_000)
        #expect(parse("Sat, 1 Jan 0001 00:00:00 +0100")?.timestamp == 978_303_600)  // "0001" is 1, i.e. 2001
    }

    @Test func zonesAndTimes() {
        #expect(parse("1 Jan 1999 00.00.01 PST") == MessageDate(timestamp: 915_177_601, utcOffsetSeconds: -28_800))
        #expect(parse("1 Jan 1999 00:00 +05") == MessageDate(timestamp: 915_148_500, utcOffsetSeconds: 300))
        #expect(parse("1 Jan 1999 00:00+0530") == MessageDate(timestamp: 915_129_000, utcOffsetSeconds: 19_800))
        #expect(parse("1 Jan 1999 00:00:00 +2359")?.timestamp == 915_062_460)
        #expect(parse("1 Jan 1999 00:00 foo") == MessageDate(timestamp: 915_148_800, utcOffsetSeconds: 0))
        #expect(parse("1 Jan 1_999 00:00")?.timestamp == 915_148_800)  // Python int() accepts "1_999"
    }

    @Test func leapSecondCountsAsOneMore() {
        #expect(parse("31 Dec 1998 23:59:60 +0000")?.timestamp == 915_148_800)
    }

    @Test func impossibleOrUnparseableDatesAreNil() {
        #expect(parse("Tue, 31 Feb 2023 10:00:00 +0000") == nil)
        #expect(parse("1 Jan 1999 24:00:00") == nil)
        #expect(parse("1 Jan 1999 00:00:00 +2400") == nil)
        #expect(parse("1 Jan 10000 00:00") == nil)
        #expect(parse("Mon, 05-Jun-23 1:2:3") == nil)
        #expect(parse("2023 Jun 5 10:00") == nil)
        #expect(parse("garbage") == nil)
        #expect(parse("") == nil)
        #expect(parse("   ") == nil)
        #expect(parse("1 Jan 99999999999999999999999 00:00") == nil)
    }
}
