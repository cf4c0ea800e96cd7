# Record: defrecord's macros build, read, update and match records.
defmodule User do
  require Record
  Record.defrecord(:user, name: "meg", age: 25)
  Record.defrecord(:point, Point, [:x, :y])
  def new, do: user()
  def named(n), do: user(name: n)
  def age(u), do: user(u, :age)
  def older(u), do: user(u, age: user(u, :age) + 1)
  def name_of(user(name: n)), do: n
  def kind(user()), do: :any_user
  def is_user(u) when Record.is_record(u, :user), do: true
  def is_user(_), do: false
  def idx, do: {user(:name), user(:age)}
  def to_kw(u), do: user(u)
  def pt(x, y), do: point(x: x, y: y)
  def px(point(x: x)), do: x
  def all_default, do: user(_: :z)
  def records, do: @__records__
end
IO.inspect User.new()
IO.inspect User.named("ann")
IO.inspect User.age(User.new())
IO.inspect User.older(User.new())
IO.inspect User.name_of({:user, "joe", 3})
IO.inspect User.kind({:user, 1, 2})
IO.inspect {User.is_user({:user, 1, 2}), User.is_user({:other, 1, 2}), User.is_user(:user)}
IO.inspect User.idx()
IO.inspect User.to_kw({:user, "x", 9})
IO.inspect User.pt(1, 2)
IO.inspect User.px({Point, 7, 8})
IO.inspect User.all_default()
try do
  User.to_kw({:user, 1})
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  User.to_kw(:nope)
rescue
  e -> IO.puts(Exception.message(e))
end
require Record
IO.inspect {Record.is_record({:a, 1}), Record.is_record({1, 2}), Record.is_record({}), Record.is_record({:a, 1}, :a), Record.is_record({:a, 1}, :b)}
