%{a: g b, c}
