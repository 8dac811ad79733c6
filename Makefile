# Kortlægning: the two commands of the README.
#   make run   install what is missing, start the local PostGIS, migrate, load reference data, serve :8080
#   make test  every test (unit, integration against PostGIS, browser), starting the same PostGIS itself
.PHONY: run test check deps db build stop clean-db

URLS ?= http://127.0.0.1:8080
PGPORT ?= 55432

# One port for everything that talks to the local cluster: the script that starts it, the service, the tests.
export KORTLAEGNING_PGPORT := $(PGPORT)
export ConnectionStrings__Kortlaegning ?= Host=127.0.0.1;Port=$(PGPORT);Database=kortlaegning;Username=kortlaegning;Password=kortlaegning;Maximum Pool Size=50
export KORTLAEGNING_TEST_SERVER ?= Host=127.0.0.1;Port=$(PGPORT);Username=kortlaegning;Password=kortlaegning;Database=postgres
export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1

# An absolute path: `dotnet run --project` runs the service in the project's folder, not here.
ADMIN_PASSWORD_FILE ?= $(CURDIR)/.kortlaegning/admin-password.txt

run: deps db build
	@echo "make run: the first admin is admin@localhost; on the first start its one-time password is written to $(ADMIN_PASSWORD_FILE) (sign in at $(URLS)/login.html and choose a new one)"
	dotnet run --no-build -c Release --project src/Kortlaegning.Api -- --urls $(URLS) "--Kortlaegning:Auth:AdminPasswordFile=$(ADMIN_PASSWORD_FILE)"

# The fast lane (no database): formatting, the build with analyzers, domain, API-unit and web-unit tests.
check: deps build
	dotnet format Kortlaegning.sln --verify-no-changes --no-restore -v q
	dotnet test tests/Kortlaegning.Domain.Tests -c Release --no-build
	dotnet test tests/Kortlaegning.Api.UnitTests -c Release --no-build
	cd web && npm run --silent test:unit

test: check db
	dotnet test tests/Kortlaegning.Api.Tests -c Release --no-build --logger "console;verbosity=normal"
	scripts/browser-tests.sh

build:
	dotnet build Kortlaegning.sln -c Release -v q

deps:
	@scripts/deps.sh

db:
	@scripts/pg.sh

stop:
	@scripts/pg.sh stop

clean-db: stop
	rm -rf .pgdata
