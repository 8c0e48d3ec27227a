using System.Collections;
using Scriban.Runtime;

namespace Scholarly.Templating;

/// <summary>
/// A list templates can read but not change. Scriban's <c>IsReadOnly</c> guards an array's members (<c>size</c>)
/// but not its items: <c>{{ site.papers[0] = 1 }}</c> goes through <see cref="IList"/>, and would change the list
/// every later page of the build reads. This class re-implements the list interfaces so every way of changing it
/// fails, and the template error names its line.
/// </summary>
/// <remarks>Thread-safe for reading: renders share these lists across threads.</remarks>
internal sealed class ReadOnlyScriptArray : ScriptArray, IList, IList<object?>, ITrackedRead
{
    /// <summary>
    /// What names this list in every build ("tag-papers:ml"), when its reads are recorded (the object that hands it
    /// out records it); else null.
    /// </summary>
    public string? ReadKey { get; init; }

    public ReadOnlyScriptArray(IEnumerable<object?> items)
        : base(items)
    {
        base.IsReadOnly = true;
    }

    public override object? this[int index]
    {
        get => base[index];
        set => throw ReadOnly();
    }

    object? IList.this[int index]
    {
        get => base[index];
        set => throw ReadOnly();
    }

    bool IList.IsReadOnly => true;

    bool ICollection<object?>.IsReadOnly => true;

    public override void Add(object? item) => throw ReadOnly();

    int IList.Add(object? value) => throw ReadOnly();

    public override void Clear() => throw ReadOnly();

    void IList.Clear() => throw ReadOnly();

    public override void Insert(int index, object? item) => throw ReadOnly();

    void IList.Insert(int index, object? value) => throw ReadOnly();

    public override void RemoveAt(int index) => throw ReadOnly();

    void IList.RemoveAt(int index) => throw ReadOnly();

    public override bool Remove(object? item) => throw ReadOnly();

    void IList.Remove(object? value) => throw ReadOnly();

    private static InvalidOperationException ReadOnly() =>
        new("this list is read-only: templates read the site's data but cannot change it");
}
