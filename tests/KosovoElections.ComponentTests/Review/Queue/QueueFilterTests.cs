using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Staff;
using KosovoElections.Web.Components.Review.Queue;

namespace KosovoElections.ComponentTests.Review.Queue;

/// <summary>The queue's filters in the query string: what a bookmarked or hand-edited address turns into.</summary>
public sealed class QueueFilterTests
{
    private static readonly StaffIdentity Reviewer = new("s", Guid.NewGuid(), "r@kqz-ks.org", StaffRole.Reviewer, false);

    [Fact]
    public void Link_EveryFilter_ParsesBackToTheSameFilter()
    {
        var filter = new QueueFilter(ApplicationStatus.InReview, "DE", 12, ReturnMethod.PostalAbroad, FlagKind.SameImage, new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31), 4);

        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://host" + filter.Link()).Query);
        var parsed = QueueFilter.Parse(query["status"], query["country"], query["municipality"], query["method"], query["flag"], query["from"], query["to"], query["page"]);

        Assert.Equal(filter, parsed);
        Assert.Equal("/office/queue?status=InReview&country=DE&municipality=12&method=PostalAbroad&flag=SameImage&from=2027-03-01&to=2027-03-31&page=4", filter.Link());
    }

    [Fact]
    public void Link_NoFilterOnTheFirstPage_IsTheBareQueue() =>
        Assert.Equal("/office/queue", QueueFilter.Parse(null, null, null, null, null, null, null, null).Link());

    [Theory]
    [InlineData("Draft", "de", "-1", "1", "Nothing", "2027-02-30", "01.03.2027", "0")]
    [InlineData("3", "DEU", "x", "PostalAbroad,PostalKosovo", "99", "", "2027/03/01", "-2")]
    [InlineData("<script>", "D'", "1e3", "postalabroad", "sameimage", "tomorrow", "2027-3-1", "many")]
    public void Parse_ValuesNotAmongTheChoices_AreIgnored(string status, string country, string municipality, string method, string flag, string from, string to, string page)
    {
        var filter = QueueFilter.Parse(status, country, municipality, method, flag, from, to, page);

        Assert.Equal(new QueueFilter(null, null, null, null, null, null, null, 1), filter);
    }

    [Fact]
    public void ToQuery_Days_AreWholeDaysInKosovoTimeAcrossTheClockChange()
    {
        // Summer time starts in Kosovo on 28 March 2027: the 27th begins at 23:00 UTC the day before, the 28th ends at 22:00 UTC.
        var filter = QueueFilter.Parse(null, null, null, null, null, "2027-03-27", "2027-03-28", null);

        var query = filter.ToQuery(Reviewer);

        Assert.Equal(new DateTime(2027, 3, 26, 23, 0, 0, DateTimeKind.Utc), query.SubmittedFromUtc);
        Assert.Equal(new DateTime(2027, 3, 28, 22, 0, 0, DateTimeKind.Utc), query.SubmittedBeforeUtc);
        Assert.Equal(DateTimeKind.Utc, query.SubmittedFromUtc!.Value.Kind);
    }
}
