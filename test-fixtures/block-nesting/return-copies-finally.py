async def g():
 with x, z:
  try:
   pass
  except E:
   pass
  finally:
   while x:
    try:
     pass
    except E:
     with x, z:
      try:
       pass
      except E:
       if x:
        try:
         pass
        except E:
         try:
          while x:
           try:
            pass
           except E:
            pass
           finally:
            try:
             try:
              with x:
               try:
                if a: return x
                try:
                 pass
                finally:
                 class C:
                  a = (x async for x in y async for z in w)
               finally:
                for x in y: pass
             except E:
              pass
            except E:
             pass
            finally:
             pass
         finally:
          pass
