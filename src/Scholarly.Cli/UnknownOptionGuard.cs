using Spectre.Console.Cli;

namespace Scholarly.Cli;

/// <summary>
/// Refuses options and arguments no command declared. Spectre.Console.Cli keeps them as "remaining" arguments
/// by default, so a typo like <c>--ouptut</c> would otherwise build into the default folder without a word.
/// </summary>
/// <remarks>Spectre's own strict mode is not used: it mis-parses an option given without its value.</remarks>
internal sealed class UnknownOptionGuard : ICommandInterceptor
{
    public void Intercept(CommandContext context, CommandSettings settings)
    {
        var unknown = context.Remaining.Raw.Concat(context.Remaining.Parsed.Select(p => p.Key)).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"unknown option or argument '{unknown[0]}' (see 'scholarly {context.Name} --help')");
        }
    }
}
