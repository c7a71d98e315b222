using System.Security.Cryptography;

namespace CoParent.Core.Voice;

/// <summary>
/// The code a child types to answer a survey. Ten characters from 25 (about 46 bits), drawn by a cryptographic
/// generator, so codes cannot be guessed. Letters and digits that are easy to mix up when read aloud or
/// copied by hand (0 O, 1 I L, 2 Z, 5 S, 8 B) are left out.
/// </summary>
public static class InvitationCode
{
    public const string Alphabet = "ACDEFGHJKMNPQRTUVWXY34679";
    public const int Length = 10;

    public static string New()
    {
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++) code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(code);
    }

    /// <summary>The code as typed, in capitals without spaces or dashes; null when it cannot be a code.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var cleaned = new string(typed.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
        return cleaned.Length == Length && cleaned.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? cleaned : null;
    }

    /// <summary>Split in two for reading aloud or writing down: ACDEF GHJKM.</summary>
    public static string Show(string code) => code.Length == Length ? $"{code[..5]} {code[5..]}" : code;
}
