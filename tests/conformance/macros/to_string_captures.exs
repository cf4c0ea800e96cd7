for f <- [quote(do: & &1), quote(do: &(&1)), quote(do: & &1.name), quote(do: &(&1.name)), quote(do: &{&1, &2}), quote(do: &[&1]), quote(do: &"#{&1}"), quote(do: &(-&1)), quote(do: &(!&1)), quote(do: &@a), quote(do: &<<&1>>), quote(do: &%{a: &1}), quote(do: &(&1 |> f())), quote(do: &f(&1)), quote(do: &(&2.(&1))), quote(do: &(&1 in [1])), quote(do: &(not &1)) ] do
  IO.puts Macro.to_string(f)
end
