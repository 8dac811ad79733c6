using Kortlaegning.Api;
using Kortlaegning.Api.Cli;
using Kortlaegning.Api.Data;

// appsettings.json lies beside the assembly, so the service reads the same settings from any working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddKortlaegning();
var app = builder.Build();

if (Commands.IsCommand(args)) return await Commands.RunAsync(app, args);

await app.Services.GetRequiredService<DatabaseInitialiser>().RunOrReportAsync();
app.MapKortlaegning();
await app.RunAsync();
return 0;

public partial class Program;
