// The Catch2 main, compiled once (object library catch_main).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
