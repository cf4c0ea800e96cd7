# Float segments: precision lost at 32 and 16 bits, rounding, big and small values.
<<f32::float-32>> = <<0.1::float-32>>
IO.inspect(f32)
<<f16::float-16>> = <<0.1::float-16>>
IO.inspect(f16)
<<h::float-16>> = <<65504.0::float-16>>
IO.inspect(h)
<<tiny::float-16>> = <<6.0e-8::float-16>>
IO.inspect(tiny)
<<neg0::float>> = <<-0.0::float>>
IO.inspect(neg0)
<<big::float-32>> = <<3.4e38::float-32>>
IO.inspect(big)
<<r::float-16>> = <<1.0009765625::float-16>>
IO.inspect(r)
<<i::float>> = <<12345678901234567890::float>>
IO.inspect(i)
