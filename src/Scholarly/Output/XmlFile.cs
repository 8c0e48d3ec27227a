using System.Text;
using System.Xml;
using Scholarly.Text;

namespace Scholarly.Output;

/// <summary>
/// An XML file (a feed, the sitemap) written straight to UTF-8 bytes, never as a string: the site's feed holds every
/// paper (about 25 MB at 10,000 papers, 245 MB at 100,000), and a string of it, the copy that ended it with a newline
/// and the encoding of that copy took five times its size in memory at once.
/// </summary>
internal static class XmlFile
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        NewLineChars = "\n",
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
    };

    /// <summary>The document <paramref name="write"/> writes, declared as UTF-8 and ended by a newline.</summary>
    public static Utf8Text Write(Action<XmlWriter> write)
    {
        var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, Settings))
        {
            write(xml);
        }

        bytes.WriteByte((byte)'\n');
        return Utf8Text.Of(bytes);
    }
}
