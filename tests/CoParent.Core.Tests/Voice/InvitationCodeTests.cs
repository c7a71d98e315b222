using CoParent.Core.Voice;

namespace CoParent.Core.Tests.Voice;

public class InvitationCodeTests
{
    [Theory]
    [InlineData('0')]
    [InlineData('O')]
    [InlineData('1')]
    [InlineData('I')]
    [InlineData('L')]
    [InlineData('2')]
    [InlineData('Z')]
    [InlineData('5')]
    [InlineData('S')]
    [InlineData('8')]
    [InlineData('B')]
    public void Alphabet_LeavesOutCharactersEasilyConfused(char confusable)
    {
        Assert.DoesNotContain(confusable, InvitationCode.Alphabet);
    }

    [Fact]
    public void New_IsTenCharactersFromTheAlphabet_AndCodesDiffer()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => InvitationCode.New()).ToList();

        Assert.All(codes, c => Assert.Equal(10, c.Length));
        Assert.All(codes, c => Assert.All(c, ch => Assert.Contains(ch, InvitationCode.Alphabet)));
        Assert.Equal(1000, codes.Distinct().Count());
    }

    [Fact]
    public void Alphabet_GivesAtLeast45BitsPerCode()
    {
        // 25 characters, 10 places: 25^10 is about 9.5 x 10^13, log2 of which is 46.4.
        Assert.True(InvitationCode.Length * Math.Log2(InvitationCode.Alphabet.Length) >= 45);
    }

    [Theory]
    [InlineData("acdef ghjkm", "ACDEFGHJKM")]
    [InlineData(" ACDEF-GHJKM ", "ACDEFGHJKM")]
    [InlineData("ACDEFGHJK", null)]
    [InlineData("ACDEF0HJKM", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Normalise_AcceptsSpacesDashesAndSmallLetters(string? typed, string? expected)
    {
        Assert.Equal(expected, InvitationCode.Normalise(typed));
    }
}
