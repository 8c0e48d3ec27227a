using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Jint;
using Jint.Runtime;

namespace Scholarly.Markup;

/// <summary>A formula typeset: its MathML, or the TeX error that kept it from being typeset.</summary>
/// <param name="MathMl">The <c>&lt;math&gt;</c> element, or null when the TeX did not parse.</param>
/// <param name="Error">What Temml said was wrong, or null.</param>
internal sealed record TypesetMath(string? MathMl, string? Error);

/// <summary>
/// Typesets TeX into MathML at build time with Temml (vendored in Markup/Vendor), run in Jint, so a page needs no
/// script to show math: every current browser renders MathML, and screen readers read it.
/// </summary>
/// <remarks>
/// A formula depends only on its TeX, whether it is a display, and Temml's version, so results are kept for the
/// process (a <c>serve</c> session, a test run) and typesetting one twice costs a lookup. The engine is made on the
/// first formula not yet seen, or ahead of it by <see cref="Warm"/> when a build has no stored formulas (Jint's start-up
/// and parsing Temml: 20–30 ms in the native tool, about half of it the parse; in a process whose time zones are not
/// invariant (the CLI's are), Jint's options first read every system time zone's names, a second under JIT), so a
/// site without math never pays for it. One engine serves every thread; a formula takes about a millisecond.
/// </remarks>
internal static partial class MathTypesetter
{
    /// <summary>The vendored Temml; part of the key of anything stored from its output.</summary>
    public const string TemmlVersion = "0.13.5";

    /// <summary>Deeper nesting than any real formula; Temml's own expansion limit stops macro loops.</summary>
    private const int MaxRecursion = 400;

    private static readonly ConcurrentDictionary<(string Tex, bool Display), TypesetMath> Typeset = new();
    private static readonly Lazy<Engine> TemmlEngine = new(CreateEngine, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock EngineLock = new();

    /// <summary>
    /// Starts making the engine on a thread of its own, so that it is ready, or nearly, when the first formula comes:
    /// a clean build reads the site's files meanwhile. Does nothing once the engine exists or is being made.
    /// </summary>
    public static void Warm()
    {
        if (TemmlEngine.IsValueCreated || Interlocked.Exchange(ref _warming, 1) == 1)
        {
            return;
        }

        // Not the thread pool: the loader's parallel reading wants both of its threads from the start.
        new Thread(() =>
        {
            try
            {
                _ = TemmlEngine.Value;
            }
            catch (Exception)
            {
                // Kept by the Lazy and thrown again to the first formula's render, which reports it.
            }
        })
        { IsBackground = true, Name = "Temml warm-up" }.Start();
    }

    private static int _warming;

    /// <summary>The MathML of <paramref name="tex"/> (a block when <paramref name="display"/>), or its TeX error.</summary>
    public static TypesetMath Render(string tex, bool display) =>
        Typeset.TryGetValue((tex, display), out var known) ? known : Typeset.GetOrAdd((tex, display), key => RenderNew(key.Tex, key.Display));

    private static TypesetMath RenderNew(string tex, bool display)
    {
        var engine = TemmlEngine.Value;
        lock (EngineLock)
        {
            try
            {
                return new TypesetMath(engine.Invoke("typeset", tex, display).AsString(), null);
            }
            catch (JavaScriptException e)
            {
                return new TypesetMath(null, ErrorText(e));
            }
            catch (Exception e) when (e is RecursionDepthOverflowException or StatementsCountOverflowException or MemoryLimitExceededException)
            {
                return new TypesetMath(null, "the formula nests too deeply to typeset");
            }
        }
    }

    /// <summary>
    /// Temml's message without the copy of the formula it ends with (the caller shows the formula): "Undefined control
    /// sequence: \foo at position 1".
    /// </summary>
    private static string ErrorText(JavaScriptException e)
    {
        var message = e.Message.Trim();
        var where = TemmlPosition().Match(message);
        return (where.Success ? message[..where.Index] + (where.Groups["at"].Success ? " at position " + where.Groups["at"].Value : " at its end") : message).TrimEnd('.', ':', ' ');
    }

    /// <summary>Where Temml's message says the error is: " at position 7: …" or " at end of input: …".</summary>
    [GeneratedRegex(@" at (?:position (?<at>\d+)|end of input):", RegexOptions.Singleline)]
    private static partial Regex TemmlPosition();

    private static Engine CreateEngine()
    {
        var engine = new Engine(options => options.LimitRecursion(MaxRecursion).Strict());
        using (var stream = typeof(MathTypesetter).Assembly.GetManifestResourceStream("temml.min.js")
            ?? throw new InvalidOperationException("temml.min.js is not embedded in the engine"))
        using (var reader = new StreamReader(stream))
        {
            engine.Execute(reader.ReadToEnd());
        }

        // throwOnError: a formula that does not parse is reported and shown as written, never as red text in the page.
        engine.Execute("function typeset(tex, display) { return temml.renderToString(tex, { displayMode: display, throwOnError: true }); }");
        return engine;
    }
}
