namespace CoParent.Web.Features.Children;

/// <summary>GOV.UK pagination for a list: the current page, the number of pages and each page's URL.</summary>
public sealed record Pagination(int Page, int Pages, Func<int, string> Url)
{
    /// <summary>How many pages <paramref name="total"/> rows fill, <paramref name="pageSize"/> a page; an empty list is one page.</summary>
    public static int PagesFor(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    /// <summary>First, last and the pages either side of the current one; null marks an ellipsis.</summary>
    public IReadOnlyList<int?> Items()
    {
        var shown = new SortedSet<int> { 1, Pages, Page - 1, Page, Page + 1 };
        var items = new List<int?>();
        var last = 0;
        foreach (var n in shown.Where(n => n >= 1 && n <= Pages))
        {
            if (n - last > 1) items.Add(null);
            items.Add(n);
            last = n;
        }
        return items;
    }
}
