using System.Text;
using CoParent.Data.Ssda903.Reading;

namespace CoParent.Web.Tests.Ssda903.Reading;

/// <summary>
/// A valid small return damaged at random, 500 times with a fixed seed: the reader must never throw, and must
/// either read rows or say what is wrong. (Damage can leave a file valid, or turn it into a smaller valid file.)
/// </summary>
public sealed class ReaderRobustnessTests
{
    private const int Seed = 903;
    private const int Rounds = 500;

    [Fact]
    public void DamagedFiles_NeverThrow_AndReadRowsOrReportProblems()
    {
        var random = new Random(Seed);
        var originals = Directory.GetFiles(Corpus.Valid).Append(Corpus.ValidXml)
            .Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f)))
            .Where(f => f.Bytes.Length > 60)
            .ToArray();

        int withProblems = 0, clean = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var (name, bytes) = originals[random.Next(originals.Length)];
            var damaged = Damage(bytes, random);

            ReadResult? result = null;
            var thrown = Record.Exception(() => result = Ssda903Reader.Read([(name, () => new MemoryStream(damaged))], Corpus.Year));

            Assert.True(thrown is null, $"Round {round} ({name}) threw {thrown}: {Encoding.UTF8.GetString(damaged)}");
            Assert.True(result!.Problems.Count > 0 || result.Return.Tables.Any(),
                $"Round {round} ({name}) neither read a table nor reported a problem");
            Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
            Assert.All(result.Problems, p => Assert.DoesNotContain("   at ", p.Message));
            if (result.Problems.Count > 0) withProblems++;
            else clean++;
        }

        // The damage is varied enough to exercise both outcomes many times.
        Assert.InRange(withProblems, 100, Rounds);
        Assert.InRange(clean, 20, Rounds);
    }

    private static byte[] Damage(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var edits = random.Next(1, 6);
        for (var i = 0; i < edits && bytes.Count > 1; i++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0: bytes.RemoveAt(at); break;
                case 1: bytes.Insert(at, bytes[at]); break;
                case 2:
                    var other = random.Next(bytes.Count);
                    (bytes[at], bytes[other]) = (bytes[other], bytes[at]);
                    break;
                case 3: bytes.RemoveRange(at, bytes.Count - at); break;
                case 4: bytes.Insert(at, (byte)'"'); break;
                case 5: bytes.Insert(at, 0); break;
                default: bytes.Insert(at, (byte)random.Next(0x80, 0x100)); break;
            }
        }
        return [.. bytes];
    }
}
