# Kortlægning: the two commands of the README.
#   make run   install what is missing, start the local PostGIS, migrate, load reference data, serve :8080
#   make test  every test (unit, integration against PostGIS, browser), starting the same PostGIS itself
.PHONY: run test deps db build stop bench clean-db

URLS ?= http://127.0.0.1:8080

run: deps db
	dotnet build Kortlaegning.sln -c Release -nologo -v q
	dotnet run --no-build -c Release --project src/Kortlaegning.Api -- --urls $(URLS)

test: deps db
	dotnet build Kortlaegning.sln -c Release -nologo -v q
	dotnet test Kortlaegning.sln -c Release --no-build -nologo --logger "console;verbosity=normal"
	@if [ -f web/package.json ]; then scripts/browser-tests.sh; fi

deps:
	@scripts/deps.sh

db:
	@scripts/pg.sh

stop:
	@scripts/pg.sh stop

clean-db: stop
	rm -rf .pgdata
