using Scriban.Syntax;

namespace Scholarly.Templating;

/// <summary>
/// What a partial reads from outside itself, found once from its syntax tree, so that <see cref="FragmentCache"/> can
/// render it once for each distinct set of those values (a paper's list item once per paper, not once per list it is
/// in): the names of every variable it reads, with the partials it includes by name; or that it cannot be reused at
/// all.
/// </summary>
/// <remarks>
/// The names over-approximate what is read (a loop variable of its own counts too): a name that is not set reads as
/// nothing, so more names only make the key finer, never wrong. A partial is never reused when its output could
/// depend on more than those values or a render would miss what it does besides printing: when it assigns a variable
/// its caller could see (anything but a <c>$local</c>, unless the include gives it a scope of its own), assigns into
/// an object, defines or imports functions, reads the caller's loop (<c>for.index</c> outside a loop of its own), calls
/// <c>math.random</c>, or includes a partial whose name is computed.
/// </remarks>
internal sealed class PartialReads
{
    /// <summary>Helpers that render a partial: <c>include NAME inputs</c>, and <c>author_list</c>, which includes "authors" with inputs.</summary>
    private const string IncludeFunction = "include";
    private const string AuthorListFunction = "author_list";
    private const string AuthorsPartial = "authors";

    private static readonly HashSet<string> LoopStates = new(StringComparer.Ordinal) { "for", "while", "tablerow" };

    /// <summary>The page, whose members a partial may read by name (<c>page.is_home</c>) and still be reused across pages.</summary>
    public const string Page = "page";

    private PartialReads(IReadOnlyList<string> names, IReadOnlyList<string> pageMembers, bool reusable, bool writes)
    {
        Names = names;
        PageMembers = pageMembers;
        Variables = [.. names.Select(name => ScriptVariable.Create(name, ScriptVariableScope.Global))];
        Reusable = reusable;
        Writes = writes;
    }

    /// <summary>The variables whose values, with the page's way to the site root, decide the partial's output.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The members of <c>page</c> it reads as <c>page.NAME</c>; any other use of <c>page</c> is in <see cref="Names"/>.</summary>
    public IReadOnlyList<string> PageMembers { get; }

    /// <summary><see cref="Names"/> as variables to look up.</summary>
    public IReadOnlyList<ScriptVariable> Variables { get; }

    /// <summary>Whether the output may be reused at all (see the remarks).</summary>
    public bool Reusable { get; }

    /// <summary>Whether it assigns variables (which land in the include's own scope when it has inputs, else in the caller's).</summary>
    public bool Writes { get; }

    /// <summary>
    /// The reads of <paramref name="page"/>; <paramref name="included"/> gives the reads of a partial it includes by
    /// name (null when there is no such partial or it is being analysed already: an include cycle).
    /// </summary>
    public static PartialReads Of(ScriptPage page, Func<string, PartialReads?> included)
    {
        var walker = new Walker(included);
        walker.Visit(page);
        return new PartialReads([.. walker.Names.Order(StringComparer.Ordinal)], [.. walker.PageMembers.Order(StringComparer.Ordinal)], walker.Reusable, walker.Writes);
    }

    /// <summary>A partial that must always be rendered again (an include cycle, a partial that fails to parse).</summary>
    public static PartialReads Never { get; } = new([], [], reusable: false, writes: false);

    private sealed class Walker(Func<string, PartialReads?> included) : ScriptVisitor
    {
        private int _loops;

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public HashSet<string> PageMembers { get; } = new(StringComparer.Ordinal);

        public bool Reusable { get; private set; } = true;

        public bool Writes { get; private set; }

        public override void Visit(ScriptVariableGlobal node)
        {
            // The state of a loop: of the partial's own inside its loops (no read from outside), else the caller's.
            if (LoopStates.Contains(node.Name))
            {
                Reusable &= _loops > 0;
                return;
            }

            // A helper that renders a partial, met other than as a call this walker follows (a pipe, a value).
            if (node.Name is IncludeFunction or AuthorListFunction)
            {
                Reusable = false;
            }

            Names.Add(node.Name);
        }

        // Only the object is a read: in paper.title, "title" is a member name.
        public override void Visit(ScriptMemberExpression node)
        {
            if (node.Target is ScriptVariableGlobal { Name: Page } && node.Member is ScriptVariableGlobal member)
            {
                PageMembers.Add(member.Name);
                return;
            }

            Visit(node.Target);
            if (node.Target is ScriptVariableGlobal { Name: "math" } && node.Member is ScriptVariableGlobal { Name: "random" })
            {
                Reusable = false;
            }
        }

        // In { paper: paper }, the first "paper" is a key.
        public override void Visit(ScriptObjectMember node) => Visit(node.Value);

        public override void Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariableGlobal { Name: IncludeFunction } && node.Arguments.Count is 1 or 2 && node.Arguments[0] is ScriptLiteral { Value: string name })
            {
                Include(name, hasScope: node.Arguments.Count == 2);
                foreach (var argument in node.Arguments.Skip(1))
                {
                    Visit(argument);
                }

                return;
            }

            if (node.Target is ScriptVariableGlobal { Name: AuthorListFunction })
            {
                Include(AuthorsPartial, hasScope: true);
                foreach (var argument in node.Arguments)
                {
                    Visit(argument);
                }

                return;
            }

            base.Visit(node);
        }

        public override void Visit(ScriptForStatement node) => InLoop(() => base.Visit(node));

        public override void Visit(ScriptWhileStatement node) => InLoop(() => base.Visit(node));

        public override void Visit(ScriptTableRowStatement node) => InLoop(() => base.Visit(node));

        public override void Visit(ScriptAssignExpression node)
        {
            Assign(node.Target);
            base.Visit(node);
        }

        public override void Visit(ScriptCaptureStatement node)
        {
            Assign(node.Target);
            base.Visit(node);
        }

        public override void Visit(ScriptIncrementDecrementExpression node)
        {
            Assign(node.Right);
            base.Visit(node);
        }

        // func NAME … end defines a function for the rest of the render (an anonymous one is rare enough to count too).
        public override void Visit(ScriptFunction node) => Reusable = false;

        public override void Visit(ScriptImportStatement node) => Reusable = false;

        public override void Visit(ScriptWithStatement node) => Reusable = false;

        public override void Visit(ScriptReadOnlyStatement node) => Reusable = false;

        private void Assign(ScriptExpression? target)
        {
            switch (target)
            {
                case ScriptVariableLocal:
                    break;
                case ScriptVariableGlobal:
                    Writes = true;
                    break;
                default:
                    // Into an object or an array: what the caller holds changes.
                    Reusable = false;
                    break;
            }
        }

        private void Include(string name, bool hasScope)
        {
            if (included(name) is not { } reads)
            {
                Reusable = false;
                return;
            }

            Names.UnionWith(reads.Names);
            PageMembers.UnionWith(reads.PageMembers);
            Reusable &= reads.Reusable;
            Writes |= reads.Writes && !hasScope;
        }

        private void InLoop(Action visit)
        {
            _loops++;
            visit();
            _loops--;
        }
    }
}
