using System.Buffers;
using System.Text;

namespace Scholarly.Text;

/// <summary>
/// Text as UTF-8 (no byte order mark) in a buffer rented from the shared pool, on its way to a file: a page's bytes
/// are made straight from the render's chunks, never as one more string the size of the page. At 10,000 papers the
/// home page is about 15 MB; each copy of it the collector has to find and free is a full collection.
/// </summary>
/// <remarks>Dispose it once written: the buffer goes back to the pool. One owner; not thread-safe.</remarks>
internal sealed class PooledUtf8 : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private byte[]? _buffer;

    private PooledUtf8(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => (_buffer ?? throw new ObjectDisposedException(nameof(PooledUtf8))).AsSpan(0, Length);

    public static PooledUtf8 Encode(string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetByteCount(text));
        return new PooledUtf8(buffer, Utf8.GetBytes(text, buffer));
    }

    /// <summary>
    /// The bytes of <paramref name="text"/>, encoded chunk by chunk: the same bytes as of its string (a surrogate pair
    /// split between two chunks is kept whole by the encoder's state; a lone surrogate becomes U+FFFD either way).
    /// </summary>
    public static PooledUtf8 Encode(StringBuilder text)
    {
        // Counted chunk by chunk, a pair split between chunks counts as two lone halves (6 bytes for 4), so the sum
        // is enough room, never too little.
        var room = 0;
        foreach (var chunk in text.GetChunks())
        {
            room += Utf8.GetByteCount(chunk.Span);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(room);
        var encoder = Utf8.GetEncoder();
        var length = 0;
        foreach (var chunk in text.GetChunks())
        {
            length += encoder.GetBytes(chunk.Span, buffer.AsSpan(length), flush: false);
        }

        length += encoder.GetBytes([], buffer.AsSpan(length), flush: true);
        return new PooledUtf8(buffer, length);
    }

    /// <summary>The text again (a page a live server keeps to serve from memory).</summary>
    public override string ToString() => Utf8.GetString(Span);

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
