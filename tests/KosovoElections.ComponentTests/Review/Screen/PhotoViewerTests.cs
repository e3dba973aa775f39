using KosovoElections.Domain.Applications;
using KosovoElections.Web.Components.Review.Screen;

namespace KosovoElections.ComponentTests.Review.Screen;

/// <summary>A photo on the review screen: from the audited staff endpoint, with zoom and rotation a keyboard can reach.</summary>
public sealed class PhotoViewerTests : LocalizedComponentTest
{
    [Theory]
    [InlineData("sq", "Zmadho", "Zvogëlo", "Rrotullo")]
    [InlineData("sr-Latn", "Uvećaj", "Umanji", "Rotiraj")]
    [InlineData("en", "Zoom in", "Zoom out", "Rotate")]
    public void Render_Photo_ComesFromTheStaffEndpointWithLabelledButtons(string culture, string zoomIn, string zoomOut, string rotate)
    {
        using var _ = InCulture(culture);
        var photo = ReviewSample.Photo(DocumentKind.Selfie);

        var viewer = Render<PhotoViewer>(p => p.Add(c => c.Document, photo).Add(c => c.Caption, "Selfie"));

        Assert.Equal($"/office/documents/{photo.Id}/image", viewer.Find("[data-testid=review-image]").GetAttribute("src"));
        Assert.Equal("Selfie", viewer.Find("[data-testid=review-image]").GetAttribute("alt"));
        Assert.Equal([zoomIn, zoomOut, rotate], viewer.FindAll("button").Select(b => b.TextContent));
        Assert.All(viewer.FindAll("button"), b => Assert.Equal("button", b.GetAttribute("type")));
    }

    [Fact]
    public void Buttons_ZoomAndRotate_ChangeOnlyHowThePhotoIsShown()
    {
        using var _ = InCulture("en");
        var viewer = Render<PhotoViewer>(p => p.Add(c => c.Document, ReviewSample.Photo(DocumentKind.IdDocument, DocumentSubtype.Passport)).Add(c => c.Caption, "Passport"));
        Assert.True(viewer.Find("[data-testid=review-zoom-out]").HasAttribute("disabled"));

        viewer.Find("[data-testid=review-zoom-in]").Click();
        viewer.Find("[data-testid=review-rotate]").Click();

        Assert.Equal("width: 150%; height: 150%; transform: rotate(90deg);", viewer.Find("[data-testid=review-image]").GetAttribute("style"));
        Assert.False(viewer.Find("[data-testid=review-zoom-out]").HasAttribute("disabled"));

        for (var i = 0; i < 10; i++)
        {
            viewer.Find("[data-testid=review-zoom-in]").Click();
            if (viewer.Find("[data-testid=review-zoom-in]").HasAttribute("disabled"))
            {
                break;
            }
        }

        viewer.Find("[data-testid=review-rotate]").Click();
        viewer.Find("[data-testid=review-rotate]").Click();
        viewer.Find("[data-testid=review-rotate]").Click();
        Assert.Equal("width: 400%; height: 400%; transform: rotate(0deg);", viewer.Find("[data-testid=review-image]").GetAttribute("style"));
    }

    [Fact]
    public void Render_ImagesDeleted_SaysSoInsteadOfAnImage()
    {
        using var _ = InCulture("en");

        var viewer = Render<PhotoViewer>(p => p.Add(c => c.Document, ReviewSample.Photo(DocumentKind.Selfie, deleted: true)).Add(c => c.Caption, "Selfie"));

        Assert.Empty(viewer.FindAll("img"));
        Assert.Equal("The photos were deleted after the election.", viewer.Find("[data-testid=review-photo-deleted]").TextContent);
    }
}
