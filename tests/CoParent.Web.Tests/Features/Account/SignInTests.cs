using System.Net;
using CoParent.Web.Tests.Infrastructure;

namespace CoParent.Web.Tests.Features.Account;

public abstract class SignInTests(CoParentApp app) : IntegrationTest(app)
{
    [SkippableFact]
    public async Task Get_Home_WhenSignedOut_RedirectsToSignIn()
    {
        var client = App.CreateBrowserlessClient();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in", response.Headers.Location!.ToString());
    }

    [SkippableFact]
    public async Task Post_SignIn_WithCorrectPassword_RedirectsHomeAndShowsName()
    {
        var client = App.CreateBrowserlessClient();

        var response = await client.SignInAsync(TestUsers.Manager);
        var home = await client.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Signed in as", home);
    }

    [SkippableFact]
    public async Task Post_SignIn_WithNothingEntered_ShowsErrorsForBothFields()
    {
        var client = App.CreateBrowserlessClient();

        var response = await client.PostFormAsync("/sign-in", [new("UserName", ""), new("Password", "")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", html);
        Assert.Contains("<a href=\"#UserName\">Enter your user name</a>", html);
        Assert.Contains("<a href=\"#Password\">Enter your password</a>", html);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SignInTests_Sqlite(SqliteApp app) : SignInTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SignInTests_Postgres(PostgresApp app) : SignInTests(app);
