global using OutreachRouting.Rota.Travel;
global using OutreachRouting.Rota.Validation;
