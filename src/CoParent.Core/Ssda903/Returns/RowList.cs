using System.Collections;

namespace CoParent.Core.Ssda903.Returns;

/// <summary>
/// One child's rows of one table: a slice of the table's rows, which the index keeps sorted by child. A struct
/// with a struct enumerator, so the tens of millions of loops a national-size validation runs allocate nothing.
/// </summary>
public readonly struct RowList<T> : IReadOnlyList<T> where T : ReturnRow
{
    private readonly T[]? _rows;
    private readonly int _start;

    public RowList(T[] rows, int start, int count)
    {
        _rows = rows;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public T this[int index] => (uint)index < (uint)Count ? _rows![_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public Enumerator GetEnumerator() => new(_rows, _start, Count);

    IEnumerator<T> IEnumerable<T>.GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return _rows![_start + i];
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    public struct Enumerator(T[]? rows, int start, int count)
    {
        private int _index = -1;

        public readonly T Current => rows![start + _index];

        public bool MoveNext() => ++_index < count;
    }
}
