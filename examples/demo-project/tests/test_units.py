import pytest

from acme_weather.units import Temperature, Unit, celsius_to_fahrenheit, kelvin_to_celsius


def test_round_trip_fahrenheit() -> None:
    t = Temperature.from_unit(98.6, Unit.FAHRENHEIT)
    assert t.celsius == pytest.approx(37.0)
    assert t.to(Unit.FAHRENHEIT) == pytest.approx(98.6)


def test_kelvin() -> None:
    assert kelvin_to_celsius(273.15) == pytest.approx(0.0)
    assert Temperature(0.0).to(Unit.KELVIN) == pytest.approx(273.15)


def test_format() -> None:
    assert Temperature(21.456).format() == "21.5 °C"
    assert celsius_to_fahrenheit(100.0) == pytest.approx(212.0)


def test_below_absolute_zero() -> None:
    with pytest.raises(ValueError):
        Temperature(-300.0)
