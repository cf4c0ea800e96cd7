defmodule SignupTest do
  use ExUnit.Case

  test "valid" do
    assert {:ok, %{name: "Ann", age: 30}} = Signup.register(name: " Ann ", age: 30)
  end

  test "missing and invalid" do
    assert Signup.register(age: 30) == {:error, {:missing, :name}}
    assert Signup.register(name: "Bo", age: 12) == {:error, :too_young}
    assert {:error, {:missing, :age}} = Signup.register(name: "Bo")
  end

  test "stats" do
    users = [%{age: 20}, %{age: 35}, %{age: 40}]
    assert Signup.stats(users) == %{false => 1, true => 2}
  end
end
