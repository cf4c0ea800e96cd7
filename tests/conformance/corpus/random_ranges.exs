# Enum.random/1 on ranges picks without walking the range; :rand.uniform/1
# covers integers wider than one 64-bit draw.
big = 120_227_323_036_150_778_550_155_526_710_966_921_740_030_662_694_578_947_298_423_549_235_265_759_593_711_587_341_037_426_347_114_541_533_006_628_856_300_552_706_996_143_592_240_453_345_642_869_233_562_886_752_930_249_953_227_657_883_929_905_072_620_233_073_626_594_386_072_962_776_144_691_433_658_814_261_874_113_232_461_749_035_425_712_805_067_202_910_389_407_991_986_070_558_964_461_330_091_797_026_762_932_543

IO.inspect(Enum.random(5..5))
IO.inspect(Enum.random(1..big) in 1..big)
IO.inspect(Enum.all?(1..200, fn _ -> Enum.random(10..1//-3) in [10, 7, 4, 1] end))
IO.inspect(Enum.all?(1..200, fn _ -> Enum.random(-3..3) in -3..3 end))
IO.inspect(Enum.uniq(for _ <- 1..300, do: Enum.random(1..3)) |> Enum.sort())
IO.inspect(Enum.random(0..10//5) in [0, 5, 10])

draws = for _ <- 1..30, do: :rand.uniform(big)
IO.inspect(Enum.all?(draws, &(&1 in 1..big)))
IO.inspect(Enum.any?(draws, &(&1 > 1_000_000_000_000_000_000_000_000_000)))
IO.inspect(Enum.uniq(for _ <- 1..200, do: :rand.uniform(2)) |> Enum.sort())

for r <- [1..0//1, 0..1//-1] do
  try do
    Enum.random(r)
  rescue
    e -> IO.inspect(e)
  end
end

try do
  :rand.uniform(0)
rescue
  e -> IO.inspect(e.__struct__)
end
