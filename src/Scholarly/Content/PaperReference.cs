namespace Scholarly.Content;

/// <summary>A paper named by its slug in another file (a talk's or a project's <c>papers:</c>), with the line that names it.</summary>
internal sealed record PaperReference(string Slug, int Line);
