namespace Scholarly.Templating;

/// <summary>A page layout (layouts/) or a partial included by layouts (partials/).</summary>
internal enum TemplateKind
{
    Layout,
    Partial,
}
