using System.Text;

namespace Scholarly.Text;

/// <summary>
/// Text as UTF-8 (no byte order mark), on its way to a file: a page's bytes are made straight from the render's
/// chunks, never as one more string the size of the page (at 10,000 papers the home page is about 15 MB, and every
/// copy of it the collector has to free costs a full collection).
/// </summary>
/// <remarks>
/// The buffer is a plain array, not one rented from the shared pool: the pool keeps what it is given back, and a
/// build's largest pages would stay in memory until the process ends (tried: up to 50 MB more peak memory at 10,000 papers, and no faster).
/// </remarks>
internal sealed class Utf8Text
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly byte[] _buffer;

    private Utf8Text(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    public static Utf8Text Encode(string text)
    {
        var bytes = Utf8.GetBytes(text);
        return new Utf8Text(bytes, bytes.Length);
    }

    /// <summary>
    /// The bytes of <paramref name="text"/>, encoded chunk by chunk: the same bytes as of its string (a surrogate pair
    /// split between two chunks is kept whole by the encoder's state; a lone surrogate becomes U+FFFD either way).
    /// </summary>
    public static Utf8Text Encode(StringBuilder text)
    {
        // Counted chunk by chunk, a pair split between chunks counts as two lone halves (6 bytes for 4), so the sum
        // is enough room, never too little.
        var room = 0;
        foreach (var chunk in text.GetChunks())
        {
            room += Utf8.GetByteCount(chunk.Span);
        }

        var buffer = GC.AllocateUninitializedArray<byte>(room);
        var encoder = Utf8.GetEncoder();
        var length = 0;
        foreach (var chunk in text.GetChunks())
        {
            length += encoder.GetBytes(chunk.Span, buffer.AsSpan(length), flush: false);
        }

        length += encoder.GetBytes([], buffer.AsSpan(length), flush: true);
        return new Utf8Text(buffer, length);
    }

    /// <summary>The bytes written to <paramref name="stream"/>, kept in its own buffer (no copy).</summary>
    public static Utf8Text Of(MemoryStream stream) => new(stream.GetBuffer(), checked((int)stream.Length));

    /// <summary>The text again (a page a live server keeps to serve from memory).</summary>
    public override string ToString() => Utf8.GetString(Span);
}
