# IEx.Helpers.i/1: iex's table of a term's data type, reference modules
# and implemented protocols.
import IEx.Helpers

i(42)
i(1.5)
i(:an_atom)
i(true)
i(nil)
i("abc")
i(<<255, 1>>)
i(<<1::3>>)
i([1, 2])
i('abc')
i(a: 1)
i([])
i({1, :two})
i(%{a: 1})
