using CoParent.Core.Ssda903.Returns;
using CoParent.Data.Ssda903.Reading;

namespace CoParent.Web.Tests.Ssda903.Reading;

/// <summary>The sample files under Ssda903/Corpus (copied to the test output) and helpers to read them.</summary>
internal static class Corpus
{
    public static readonly CollectionYear Year = new(2027);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Ssda903", "Corpus");

    public static string Valid => Path.Combine(Folder, "Valid");

    public static string ValidXml => Path.Combine(Folder, "Valid.xml");

    public static string Bad(string file) => Path.Combine(Folder, "Bad", file);

    public static string Path2(params string[] parts) => Path.Combine([Folder, .. parts]);

    public static ReadResult Read(params string[] paths) => Ssda903Reader.Read(paths, Year);

    public static ReadResult ReadText(string name, string text, CollectionYear? year = null) =>
        ReadBytes(name, System.Text.Encoding.UTF8.GetBytes(text), year);

    public static ReadResult ReadBytes(string name, byte[] bytes, CollectionYear? year = null) =>
        Ssda903Reader.Read([(name, () => new MemoryStream(bytes, writable: false))], year ?? Year);
}
