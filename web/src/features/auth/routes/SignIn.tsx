import {
  Alert,
  Box,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSelect } from '../../../components/LanguageSelect';
import { ApiError } from '../../../lib/api/client';
import { useSession } from '../../../lib/auth/session';
import { useI18n } from '../../../lib/i18n/i18n';

/** Only same-site paths, so a crafted link cannot send the user elsewhere after signing in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignIn() {
  const { t } = useI18n();
  const { status, signIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const next = safeNext(params.get('next'));
  if (status === 'signedIn' && !busy) return <Navigate to={next} replace />;

  const submit = async () => {
    setBusy(true);
    setMessage(null);
    try {
      await signIn(email, password);
      navigate(next, { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.status === 429) {
        const seconds = error.problem.retryAfter ?? 60;
        const at = new Date(Date.now() + seconds * 1000);
        setMessage(
          t('signIn.rateLimited', {
            seconds,
            time: at.toLocaleTimeString(document.documentElement.lang, {
              hour: '2-digit',
              minute: '2-digit',
            }),
          }),
        );
      } else if (error instanceof ApiError && (error.status === 401 || error.status === 400)) {
        setMessage(t('signIn.failed'));
      } else {
        setMessage(t('problem.network'));
      }
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" p="md" component="main" bg="gray.0">
      <Box w={380} maw="100%">
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <Stack>
              <Title order={1} size="h2">
                {t('signIn.title')}
              </Title>
              <Text size="sm" c="gray.8">
                {t('signIn.subtitle')}
              </Text>
              {message && (
                <Alert color="red" role="alert">
                  {message}
                </Alert>
              )}
              <TextInput
                label={t('signIn.email')}
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
              />
              <PasswordInput
                label={t('signIn.password')}
                autoComplete="current-password"
                visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
              <Button type="submit" loading={busy}>
                {t('signIn.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <Center mt="md">
          <LanguageSelect />
        </Center>
      </Box>
    </Center>
  );
}
