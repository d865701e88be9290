using ModelLaw.AddIn.Hosting;

// The ModelLaw Word add-in host: `dotnet run --project src/ModelLaw.AddIn -- --urls http://127.0.0.1:5080`
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddModelLawAddIn(builder.Configuration);

var app = builder.Build();
app.UseModelLawAddIn();
app.Run();
