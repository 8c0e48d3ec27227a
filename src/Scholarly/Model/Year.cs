using Scholarly.Content;

namespace Scholarly.Model;

/// <summary>The papers of one calendar year, newest first (for themes that list publications like a CV).</summary>
internal sealed record Year(int Number, IReadOnlyList<Paper> Papers);
