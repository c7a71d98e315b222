using System.Globalization;
using System.Text;
using CoParent.Core.Education;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Infrastructure;

public static partial class TestData
{
    public static Task<List<AttendanceMark>> MarksOfAsync(CoParentApp app, int childId) =>
        app.WithDbAsync(db => db.AttendanceMarks.AsNoTracking().Where(m => m.ChildId == childId).OrderBy(m => m.Date).ThenBy(m => m.Session).ToListAsync());

    public static Task<int> NotificationCountAsync(CoParentApp app, int childId, string kind) =>
        app.WithDbAsync(db => db.Notifications.CountAsync(n => n.ChildId == childId && n.Kind == kind));

    public static async Task<HttpResponseMessage> UploadAttendanceAsync(HttpClient client, string csv)
    {
        var token = await client.AntiforgeryTokenAsync("/attendance/import");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new("text/csv");
        form.Add(content, "Upload", "attendance.csv");
        return await client.PostAsync("/attendance/import", form);
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
