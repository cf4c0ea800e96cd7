# A struct's name: an atom, an alias, a name, `a.b`, a call with
# parentheses, possibly after a prefix operator.
%unquote(User){foo: 1}
%unquote(User).Bar{}
%:"Elixir.Foo"{}
%:elixir_struct_from_erlang_module{}
%:a.b{}
%a.b{}
%a.b.C{}
%a.b(c){}
%f(a)(b){}
%a.(b){}
%@a.b{}
%@a.B{}
%@unquote(x){}
%^unquote(x){}
%-a{}
%!a{}
%not a{}
%@:a{}
%a {}
%a.b {}
%__MODULE__.Foo{a | b: 1}
