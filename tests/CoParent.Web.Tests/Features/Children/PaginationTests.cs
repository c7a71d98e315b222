using CoParent.Web.Features.Children;

namespace CoParent.Web.Tests.Features.Children;

public sealed class PaginationTests
{
    [Theory]
    [InlineData(0, 50, 1)]
    [InlineData(1, 50, 1)]
    [InlineData(50, 50, 1)]
    [InlineData(51, 50, 2)]
    [InlineData(101, 25, 5)]
    public void PagesFor_RowsAndPageSize_IsThePagesTheyFillAndAtLeastOne(int total, int pageSize, int pages) =>
        Assert.Equal(pages, Pagination.PagesFor(total, pageSize));
}
