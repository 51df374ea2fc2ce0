global using OutreachRouting.Contracts.Errors;
global using OutreachRouting.Contracts.Sessions;
global using OutreachRouting.Contracts.Venues;
global using OutreachRouting.Contracts;
global using OutreachRouting.Grains.Persistence;
global using OutreachRouting.Grains.Registers;
global using OutreachRouting.Grains.Validation;
