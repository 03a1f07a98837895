import PropertyBased
import Testing
@testable import RiskRegister

/// The index cache's checksum is summed run by run as the cache is written and read: it must not
/// depend on how the bytes are split, and must catch a changed or missing byte.
@Suite(.timeLimit(.minutes(15))) struct CacheChecksumTests {
    @Test func theSumDoesNotDependOnHowTheBytesAreSplit() async {
        await propertyCheck(count: 300, input: Gen.uint8().array(of: 0...100), Gen.int(in: 0...100).array(of: 0...6)) { bytes, cuts in
            let whole = CacheChecksum.of(bytes[...])
            var runs = CacheChecksum()
            var start = 0
            for cut in cuts.map({ min($0, bytes.count) }).sorted() {
                runs.update(bytes[start..<max(start, cut)])
                start = max(start, cut)
            }
            runs.update(bytes[start...])
            #expect(runs.value == whole)
        }
    }

    @Test func aChangedOrMissingByteChangesTheSum() {
        let bytes = (0..<37).map { UInt8($0 &* 7) }
        let sum = CacheChecksum.of(bytes[...])
        #expect(CacheChecksum.of(bytes.dropLast()) != sum)
        for offset in bytes.indices {
            var changed = bytes
            changed[offset] ^= 0x40
            #expect(CacheChecksum.of(changed[...]) != sum, "byte \(offset)")
        }
    }
}
