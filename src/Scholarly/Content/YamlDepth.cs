using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Scholarly.Content;

/// <summary>
/// Keeps YAML nested deeper than any real file away from YamlDotNet's node loader, which recurses once per level and
/// kills the process with a stack overflow a few thousand levels down. A text scan bounds the depth cheaply; only
/// a file whose bound is over the limit is read event by event (the parser itself does not recurse) to find the
/// line where the limit is crossed.
/// </summary>
internal static class YamlDepth
{
    /// <summary>Deeper than any config or front matter needs (theirs is 3 or 4), far shallower than the stack allows.</summary>
    public const int Limit = 64;

    /// <summary>The position where <paramref name="yaml"/> nests deeper than <see cref="Limit"/>, or null when it does not.</summary>
    public static Mark? FirstTooDeep(string yaml)
    {
        if (UpperBound(yaml) <= Limit)
        {
            return null;
        }

        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart:
                        if (++depth > Limit)
                        {
                            return parser.Current.Start;
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Not valid YAML before the limit was reached (YamlDotNet's scanner sometimes gives up with an
            // InvalidOperationException): the loader reports the syntax error itself.
        }

        return null;
    }

    /// <summary>
    /// A bound on the nesting depth from the text alone: each block level is indented further than its parent (a
    /// sequence may share its key's indentation, hence twice), and each flow level opens a bracket.
    /// </summary>
    private static int UpperBound(string yaml)
    {
        int indent = 0, maxIndent = 0, flow = 0, maxFlow = 0;
        var atLineStart = true;
        foreach (var c in yaml)
        {
            if (c == '\n')
            {
                (atLineStart, indent) = (true, 0);
                continue;
            }

            if (atLineStart && c is ' ' or '-')
            {
                maxIndent = Math.Max(maxIndent, ++indent);
                continue;
            }

            atLineStart = false;
            if (c is '[' or '{')
            {
                maxFlow = Math.Max(maxFlow, ++flow);
            }
            else if (c is ']' or '}' && flow > 0)
            {
                flow--;
            }
        }

        return (2 * (maxIndent + 1)) + maxFlow;
    }
}
