%User{}
%User{name: "x"}
%Foo.Bar{a: 1}
%User{user | name: "y"}
%__MODULE__{}
%module{}
