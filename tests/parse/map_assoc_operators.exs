# Either side of `=>` is a whole expression; `|` at the start of a map is an
# update unless an operator looser than it follows its right operand.
%{k => v :: t}
%{optional(variable) => var_version :: non_neg_integer}
%{k :: t => v, a when b => c}
%{k => v when t, k2 => v2 | t2, k3 => v3 <- t3, k4 => v4 \\ t4}
%{k => v :: t | u}
%{a | k => v :: t, x => y :: z}
%{a | b :: c => d}
%{x :: y | k => v}
%{a | b | c => d}
%{a | b => c | d}
%{f a => b}
%{a |
  b => c}
%S{a | b => c :: d}
@type t :: %{required(atom) => term :: any, optional(:a) => [b :: c]}
