using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Scholarly.Text;
using Scriban.Runtime;

namespace Scholarly.Templating;

/// <summary>
/// A fingerprint (SHA-256, hex) of each tracked object of the model (<see cref="ITrackedRead"/>) as a template can
/// read it: every member's value, nested objects and lists walked through, a tracked object met inside named by its
/// key only (a read of it is recorded on its own). A lazy member is named, not computed: what it is computed from is
/// in the object's basis (a paper's: its file's SHA-256) or in what every page depends on (the config, the theme).
/// </summary>
/// <remarks>Thread-safe; each object's fingerprint is computed once per build.</remarks>
internal sealed class ModelFingerprints(TemplateModel model, Func<string, string?> paperBasis)
{
    private readonly ConcurrentDictionary<string, string?> _known = new(StringComparer.Ordinal);

    /// <summary>The fingerprint of the object <paramref name="readKey"/> names now, or null when there is none.</summary>
    public string? Of(string readKey) => _known.GetOrAdd(readKey, key => model.Tracked(key) is { } tracked ? Compute(key, tracked) : null);

    /// <summary>
    /// The fingerprint of values that are a page's own (its <c>page</c> object, its variables; a tracked one named by
    /// its key), with <paramref name="basis"/> first.
    /// </summary>
    public static string OfValues(IEnumerable<string> basis, IEnumerable<object?> values)
    {
        using var hash = new Hasher();
        foreach (var text in basis)
        {
            hash.Text(text);
        }

        foreach (var value in values)
        {
            hash.Value(value);
        }

        return hash.Finish();
    }

    private string Compute(string key, ITrackedRead tracked)
    {
        using var hash = new Hasher();
        hash.Text(key);
        if (key.StartsWith(TemplateModel.PaperKey, StringComparison.Ordinal))
        {
            // Its lazy members (BibTeX, Scholar tags) are made from the paper as read from its file.
            hash.Text(paperBasis(key[TemplateModel.PaperKey.Length..]) ?? "?");
        }

        hash.Value(tracked, top: true);
        return hash.Finish();
    }

    /// <summary>
    /// Feeds values to a SHA-256, each with a tag of its type, so that no two different values read the same. The
    /// bytes are gathered in one buffer and hashed once: a hash call per value cost more than the walk itself.
    /// </summary>
    private sealed class Hasher : IDisposable
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4096);
        private int _length;

        public void Text(string text)
        {
            Room(Encoding.UTF8.GetMaxByteCount(text.Length) + 5);
            _buffer[_length] = (byte)'s';
            var length = Encoding.UTF8.GetBytes(text, 0, text.Length, _buffer, _length + 5);
            BitConverter.TryWriteBytes(_buffer.AsSpan(_length + 1), length);
            _length += length + 5;
        }

        private void Number(long number)
        {
            Room(sizeof(long));
            BitConverter.TryWriteBytes(_buffer.AsSpan(_length), number);
            _length += sizeof(long);
        }

        private void Mark(char mark)
        {
            Room(1);
            _buffer[_length++] = (byte)mark;
        }

        private void Room(int bytes)
        {
            if (_length + bytes <= _buffer.Length)
            {
                return;
            }

            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + bytes));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        /// <param name="top">The object itself is walked even when it is tracked (a nested tracked one is named only).</param>
        public void Value(object? value, bool top = false)
        {
            switch (value)
            {
                case null:
                    Mark('n');
                    break;
                case string text:
                    Text(text);
                    break;
                case bool flag:
                    Mark(flag ? 't' : 'F');
                    break;
                case int number:
                    Mark('i');
                    Number(number);
                    break;
                case long number:
                    Mark('L');
                    Number(number);
                    break;
                case double number:
                    Mark('d');
                    Number(BitConverter.DoubleToInt64Bits(number));
                    break;
                case DateTime time:
                    Mark('D');
                    Number(time.Ticks);
                    Mark((char)('0' + (int)time.Kind));
                    break;
                case Html html:
                    Mark('h');
                    Text(html.Value);
                    break;
                case ITrackedRead { ReadKey: { } key } when !top:
                    Mark('r');
                    Text(key);
                    break;
                case LazyScriptObject lazy:
                    Members(lazy);
                    Mark('l');
                    foreach (var member in lazy.LazyMembers)
                    {
                        Text(member);
                    }

                    break;
                case ScriptObject scriptObject:
                    Members(scriptObject);
                    break;
                case IScriptCustomFunction function:
                    Mark('f');
                    Text(function.GetType().FullName ?? "");
                    break;
                case IEnumerable items:
                    Mark('[');
                    foreach (var item in items)
                    {
                        Value(item);
                    }

                    Mark(']');
                    break;
                case IFormattable formattable:
                    Mark('v');
                    Text(value.GetType().Name);
                    Text(formattable.ToString(value is DateTime ? "O" : null, CultureInfo.InvariantCulture));
                    break;
                default:
                    Mark('o');
                    Text(value.GetType().FullName ?? "");
                    Text(value.ToString() ?? "");
                    break;
            }
        }

        private void Members(ScriptObject scriptObject)
        {
            Mark('{');
            foreach (var (name, member) in scriptObject)
            {
                Text(name);
                Value(member);
            }

            Mark('}');
        }

        public string Finish() => Convert.ToHexString(SHA256.HashData(_buffer.AsSpan(0, _length)));

        public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
    }
}
