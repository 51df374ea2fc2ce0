global using System.Net;
global using System.Text.Json.Nodes;
global using OutreachRouting.Contracts.Venues;
global using OutreachRouting.Contracts.Workers;
global using OutreachRouting.Contracts;
global using OutreachRouting.Json;
global using OutreachRouting.Tests.Infrastructure;
