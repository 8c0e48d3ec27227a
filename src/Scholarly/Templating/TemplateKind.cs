namespace Scholarly.Templating;

/// <summary>A page layout (layouts/) or a partial included by layouts (partials/).</summary>
public enum TemplateKind
{
    Layout,
    Partial,
}
