@echo off
rem Starts Triptych from the portable folder with the Java 17 or newer on this computer (JAVA_HOME, else PATH).
rem No command (or just a .triptych project) opens the window with the JVM's defaults; a command runs with the
rem batch options of decision 0102 (C1 only, serial collector: starts faster, needs half the memory).
rem JavaFX has no Windows arm64 build: on arm64 Windows use an x64 Java, which runs the x64 JavaFX.
rem Blocks in parentheses are avoided on purpose: a ")" in a path such as "Program Files (x86)" would end them.
setlocal
set "HOME_DIR=%~dp0.."

set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"

rem The runtime's release file names its version without starting a JVM; java -version is the fallback.
set "JAVA_MAJOR="
if not defined JAVA_HOME goto ask_java
if not exist "%JAVA_HOME%\release" goto ask_java
for /f "tokens=2 delims==" %%v in ('findstr /b "JAVA_VERSION=" "%JAVA_HOME%\release"') do for /f "delims=." %%m in ("%%~v") do set "JAVA_MAJOR=%%m"
if defined JAVA_MAJOR goto check_version
:ask_java
rem "call" first keeps cmd from stripping the quotes around a path with spaces.
for /f "tokens=3" %%v in ('call "%JAVA%" -version 2^>^&1 ^| findstr /i version') do for /f "delims=." %%m in ("%%~v") do set "JAVA_MAJOR=%%m"
:check_version
if not defined JAVA_MAJOR goto no_java
if %JAVA_MAJOR% LSS 17 goto old_java

rem The same test as org.triptych.cli.Main.opensWindow: nothing, or one project file that is not an option.
set "OPTIONS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if "%~1"=="" set "OPTIONS="
if not "%~1"=="" if "%~2"=="" if /i "%~x1"==".triptych" set "OPTIONS="

"%JAVA%" %OPTIONS% -Dfile.encoding=UTF-8 -cp "%HOME_DIR%\triptych.jar;%HOME_DIR%\lib\*;%HOME_DIR%\javafx\win\*" org.triptych.cli.Main %*
exit /b %ERRORLEVEL%

:no_java
echo triptych: Java 17 or newer is needed: install it, or set JAVA_HOME to where it is. 1>&2
exit /b 1

:old_java
echo triptych: Java 17 or newer is needed, but %JAVA% is Java %JAVA_MAJOR%. Install a newer one, or set JAVA_HOME to it. 1>&2
exit /b 1
