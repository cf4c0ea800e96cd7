Foé.bar
